import { Create, SimpleForm } from "react-admin";
import { NetworkInputs } from "./NetworkInputs";

export const NetworkCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NetworkInputs />
    </SimpleForm>
  </Create>
);
