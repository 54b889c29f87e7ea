import { Create, SimpleForm } from "react-admin";
import { useNetworkId } from "../useNetworkScope";
import { AmapInputs } from "./AmapInputs";

/** Registering an AMAP: attached to the admin's network from the start (the API requires one they manage). */
export const AmapCreate = () => {
  const networkId = useNetworkId();
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={networkId ? { networkId } : {}}>
        <AmapInputs />
      </SimpleForm>
    </Create>
  );
};
