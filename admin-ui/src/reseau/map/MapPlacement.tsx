/** "Placer sur la carte" in an AMAP's or a farm's form: opens the map picker (its own chunk, loaded on this click). */
import { lazy, Suspense, useState } from "react";
import MapIcon from "@mui/icons-material/Map";
import { Box } from "@mui/material";
import { Loading } from "react-admin";
import { LabeledButton } from "../../shared/LabeledButton";

const MapPicker = lazy(() => import("./MapPicker").then((m) => ({ default: m.MapPicker })));

export const MapPlacement = ({ kind }: { kind: "amap" | "farm" }) => {
  const [open, setOpen] = useState(false);
  return (
    <Box sx={{ width: "100%", maxWidth: "36rem", mb: 2 }}>
      <LabeledButton
        label={open ? "champ.map.closePicker" : "champ.map.openPicker"}
        startIcon={<MapIcon />}
        onClick={() => setOpen(!open)}
        aria-expanded={open}
      />
      {open && (
        <Suspense fallback={<Loading />}>
          <MapPicker kind={kind} />
        </Suspense>
      )}
    </Box>
  );
};
