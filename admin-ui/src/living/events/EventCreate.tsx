import { Create, SimpleForm } from "react-admin";
import { EventInputs } from "./EventInputs";
import { useEventScope } from "./scope";

export const EventCreate = () => {
  const { filter, defaultKind } = useEventScope();
  return (
    <Create redirect="show" transform={(data: Record<string, unknown>) => ({ ...data, ...filter })}>
      <SimpleForm defaultValues={{ kind: defaultKind, timeZone: "Europe/Paris" }}>
        <EventInputs creating />
      </SimpleForm>
    </Create>
  );
};
