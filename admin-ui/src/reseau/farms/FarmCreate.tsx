import { Create, SimpleForm } from "react-admin";
import { FarmInputs } from "./FarmInputs";

export const FarmCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ productions: [], labels: [], networkIds: [] }}>
      <FarmInputs />
    </SimpleForm>
  </Create>
);
