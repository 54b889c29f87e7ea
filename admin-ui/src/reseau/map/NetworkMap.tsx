/**
 * The network's map (/reseau/carte): its AMAPs and farms on the départements, and the list of
 * those not placed yet. Placing one: the map opens on the département of its postal code (no
 * geocoder works offline, so the exact address cannot be found), a click sets its coordinates.
 */
import { useMemo, useState } from "react";
import { Alert, Box, Paper, Typography } from "@mui/material";
import type { GeoJsonObject } from "geojson";
import { Title, useGetList, useNotify, useTranslate, useUpdate, type RaRecord } from "react-admin";
import { LabeledButton } from "../../shared/LabeledButton";
import { useNetworkFilter } from "../useNetworkScope";
import { departementByCode, focusOf, type MapPoint } from "./geo";
import { departementOfPostalCode } from "./departements";
import { MapView } from "./MapView";

type Kind = "amap" | "farm";
const RESOURCE: Record<Kind, "amaps" | "farms"> = { amap: "amaps", farm: "farms" };

const placed = (r: RaRecord) => typeof r.latitude === "number" && typeof r.longitude === "number";

export const NetworkMap = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [update] = useUpdate();
  const networkFilter = useNetworkFilter();
  const page = { pagination: { page: 1, perPage: 100 }, sort: { field: "name", order: "ASC" as const } };
  // The AMAPs the admin sees (their network and those below it), the farms of their network.
  const { data: amaps = [], refetch: refetchAmaps } = useGetList("amaps", page);
  const { data: farms = [], refetch: refetchFarms } = useGetList("farms", { ...page, filter: networkFilter });
  const [placing, setPlacing] = useState<{ kind: Kind; record: RaRecord } | null>(null);
  // The view chosen (a département while placing); it stays after a click, so nothing jumps.
  const [view, setView] = useState<GeoJsonObject | null>(null);

  const points: MapPoint[] = useMemo(
    () => [
      ...amaps.filter(placed).map((r) => ({
        id: String(r.id),
        kind: "amap" as const,
        name: r.name,
        latitude: r.latitude,
        longitude: r.longitude,
      })),
      ...farms.filter(placed).map((r) => ({
        id: String(r.id),
        kind: "farm" as const,
        name: r.name,
        latitude: r.latitude,
        longitude: r.longitude,
      })),
    ],
    [amaps, farms],
  );
  const placingDepartement = placing
    ? departementByCode(departementOfPostalCode(placing.record.postalCode))
    : undefined;
  const wholeNetwork = useMemo(() => focusOf(points), [points]);
  const focus = view ?? wholeNetwork;
  const startPlacing = (kind: Kind, record: RaRecord) => {
    setPlacing({ kind, record });
    const departement = departementByCode(departementOfPostalCode(record.postalCode));
    // Placed already: around it; else the département of its postal code; else the view as it is.
    if (placed(record)) setView(focusOf([{ latitude: record.latitude, longitude: record.longitude }]));
    else if (departement) setView(departement);
  };

  const pick = ({ longitude, latitude }: { longitude: number; latitude: number }) => {
    if (!placing) return;
    const { kind, record } = placing;
    void update(
      RESOURCE[kind],
      { id: record.id, data: { ...record, latitude, longitude }, previousData: record },
      {
        mutationMode: "pessimistic",
        onSuccess: () => {
          notify("champ.map.placed", { type: "info", messageArgs: { name: record.name } });
          setPlacing(null);
          void (kind === "amap" ? refetchAmaps : refetchFarms)();
        },
        onError: (err) => notify(err.message, { type: "error" }),
      },
    );
  };

  const section = (kind: Kind, records: RaRecord[]) => (
    <Box component="section" aria-labelledby={`cc-map-${kind}`} sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" id={`cc-map-${kind}`}>
        {translate(kind === "amap" ? "champ.map.amaps" : "champ.map.farms", { smart_count: records.length })}
      </Typography>
      <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
        {records.map((r) => (
          <Box
            component="li"
            key={r.id}
            data-record={`${kind}:${r.id}`}
            sx={{
              display: "flex",
              gap: 1,
              alignItems: "center",
              flexWrap: "wrap",
              py: 0.5,
              borderBottom: "1px solid",
              borderColor: "divider",
            }}
          >
            <Box sx={{ flex: "1 1 12rem", minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600 }}>{r.name}</Typography>
              <Typography color="text.secondary" sx={{ fontSize: "0.9rem" }}>
                {[r.postalCode, r.city].filter(Boolean).join(" ")}
                {placed(r) ? "" : ` · ${translate("champ.map.notPlaced")}`}
              </Typography>
            </Box>
            <LabeledButton
              label={placed(r) ? "champ.map.move" : "champ.map.place"}
              aria-label={`${translate(placed(r) ? "champ.map.move" : "champ.map.place")} : ${r.name}`}
              variant={placing?.record.id === r.id ? "contained" : "text"}
              onClick={() => startPlacing(kind, r)}
            />
          </Box>
        ))}
      </Box>
    </Box>
  );

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "60rem", minWidth: 0 }}>
      <Title title="champ.map.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate("champ.map.title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        <span aria-hidden="true" style={{ color: "#2e6b30" }}>
          ●
        </span>{" "}
        {translate("champ.map.legendAmap")}{" "}
        <span aria-hidden="true" style={{ color: "#8a5a12" }}>
          ■
        </span>{" "}
        {translate("champ.map.legendFarm")}
      </Typography>
      {placing && (
        <Alert
          severity="info"
          sx={{ mb: 1 }}
          role="status"
          action={<LabeledButton label="ra.action.cancel" color="inherit" onClick={() => setPlacing(null)} />}
        >
          {translate("champ.map.clickToPlace", { name: placing.record.name })}{" "}
          {placingDepartement
            ? translate("champ.map.fromPostalCode", { departement: placingDepartement.properties.name })
            : translate("champ.map.noPostalCode")}
        </Alert>
      )}
      {view && !placing && (
        <LabeledButton label="champ.map.wholeNetwork" onClick={() => setView(null)} sx={{ mb: 1 }} />
      )}
      <Paper variant="outlined" sx={{ overflow: "hidden" }}>
        <MapView
          label={translate("champ.map.label")}
          points={points}
          focus={focus}
          onPick={placing ? pick : undefined}
          highlight={placing ? String(placing.record.id) : undefined}
        />
      </Paper>
      <Typography color="text.secondary" sx={{ fontSize: "0.8rem", mt: 0.5 }}>
        {translate("champ.map.credits")}
      </Typography>
      {section("amap", amaps)}
      {section("farm", farms)}
    </Box>
  );
};
