import { Edit, SimpleForm } from "react-admin";
import { NetworkInputs } from "./NetworkInputs";

// Pessimistic: the API's field errors (BAD_USER_INPUT) come back under the inputs before leaving the form.
export const NetworkEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <NetworkInputs />
    </SimpleForm>
  </Edit>
);
