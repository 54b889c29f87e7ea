import { Edit, SimpleForm } from "react-admin";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { FarmInputs } from "./FarmInputs";

// Pessimistic: the API's field errors (BAD_USER_INPUT) come back under the inputs before leaving the form.
export const FarmEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <FarmInputs />
    </SimpleForm>
  </Edit>
);
