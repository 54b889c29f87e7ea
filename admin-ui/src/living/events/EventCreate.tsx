import { Create, Loading, SimpleForm } from "react-admin";
import { useApi } from "../../shared/useApi";
import { EventInputs } from "./EventInputs";
import { useEventScope } from "./scope";

export const EventCreate = () => {
  const { filter, defaultKind } = useEventScope();
  const amapId = filter && "amapId" in filter ? filter.amapId : undefined;
  // An AMAP's events are in its own time zone (La Réunion, the Antilles…), a network's in Paris time by default.
  const { data: amap, isPending } = useApi<{ timeZone: string }>("amapBasics", { id: amapId }, !!amapId);
  if (amapId && isPending) return <Loading />;
  return (
    <Create redirect="show" transform={(data: Record<string, unknown>) => ({ ...data, ...filter })}>
      <SimpleForm defaultValues={{ kind: defaultKind, timeZone: amap?.timeZone || "Europe/Paris" }}>
        <EventInputs creating />
      </SimpleForm>
    </Create>
  );
};
