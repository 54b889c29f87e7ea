import { Edit, SimpleForm } from "react-admin";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { AmapInputs } from "./AmapInputs";
import { CloseAmapButton } from "./CloseAmapButton";

// Pessimistic: the API's field errors (BAD_USER_INPUT) come back under the inputs before leaving the form.
export const AmapEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm
      toolbar={
        <NoDeleteToolbar>
          <CloseAmapButton />
        </NoDeleteToolbar>
      }
    >
      <AmapInputs />
    </SimpleForm>
  </Edit>
);
