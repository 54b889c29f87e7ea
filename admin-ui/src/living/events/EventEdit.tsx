import { Edit, SimpleForm } from "react-admin";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { EventInputs } from "./EventInputs";

export const EventEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <EventInputs />
    </SimpleForm>
  </Edit>
);
