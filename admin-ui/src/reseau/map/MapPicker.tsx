/**
 * In an AMAP's or a farm's form: the map, on the place already set (else the département of the
 * postal code, else metropolitan France); a click sets the latitude and longitude inputs, which are
 * saved with the form. Loaded only when asked (MapPlacement), with d3-geo and the boundary file.
 */
import { useState } from "react";
import { Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useFormContext, useWatch } from "react-hook-form";
import { departementByCode, focusOf, metropole, type MapPoint } from "./geo";
import { departementOfPostalCode } from "./departements";
import { MapView } from "./MapView";

export const MapPicker = ({ kind }: { kind: "amap" | "farm" }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [latitude, longitude, postalCode, name] = useWatch({
    name: ["latitude", "longitude", "postalCode", "name"],
  }) as [unknown, unknown, string, string];
  const point: MapPoint | null =
    typeof latitude === "number" &&
    typeof longitude === "number" &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude)
      ? { id: "here", kind, name: name || "", latitude, longitude }
      : null;
  const departement = departementByCode(departementOfPostalCode(postalCode));
  // Fitted once, when the map opens: it does not move under the next click.
  const [focus] = useState(() => (point ? focusOf([point]) : (departement ?? metropole())));
  return (
    <>
      <Typography color="text.secondary" sx={{ fontSize: "0.9rem", mb: 0.5 }} role="note">
        {departement && !point
          ? translate("champ.map.fromPostalCode", { departement: departement.properties.name })
          : translate("champ.map.pickerHelp")}
      </Typography>
      <MapView
        label={translate("champ.map.pickerLabel")}
        points={point ? [point] : []}
        focus={focus}
        highlight="here"
        onPick={(at) => {
          setValue("latitude", at.latitude, { shouldDirty: true, shouldTouch: true });
          setValue("longitude", at.longitude, { shouldDirty: true, shouldTouch: true });
        }}
      />
    </>
  );
};
