/**
 * The network's figures for a season: AMAPs, farms, households, contracts, and what was
 * pre-financed per farm and per production, as bar charts. Aggregates only: no personal data.
 */
import { useEffect, useState } from "react";
import DownloadIcon from "@mui/icons-material/Download";
import { Box, Card, CardContent, FormControl, InputLabel, MenuItem, Select, Typography } from "@mui/material";
import { Button, Loading, Title, useGetList, useLocaleState, useTranslate } from "react-admin";
import { BarChart } from "../shared/BarChart";
import { useBackOffice } from "../shared/backOffice";
import { download, euros } from "../shared/format";
import { useApi } from "../shared/useApi";
import { useNetworkId } from "./useNetworkScope";

interface FarmStat {
  farm: { id: string; name: string } | null;
  productionType: string;
  prefinancedCents: number;
  subscriptionCount: number;
}
interface Stat {
  season: string;
  amapCount: number;
  farmCount: number;
  householdCount: number;
  subscriptionCount: number;
  prefinancedCents: number;
  byFarm: FarmStat[];
  byProductionType: Array<{ productionType: string; prefinancedCents: number; farmCount: number }>;
}

const Figure = ({ label, value }: { label: string; value: string | number }) => (
  <Card variant="outlined" component="li" sx={{ listStyle: "none" }}>
    <CardContent sx={{ p: 1.5, "&:last-child": { pb: 1.5 } }}>
      <Typography sx={{ fontSize: "1.6rem", fontWeight: 700, fontVariantNumeric: "tabular-nums" }}>{value}</Typography>
      <Typography color="text.secondary" sx={{ fontSize: "0.9rem" }}>
        {label}
      </Typography>
    </CardContent>
  </Card>
);

/** A super admin picks the network; a network admin works on theirs. */
function useChosenNetwork(): [string | null, (id: string) => void, Array<{ id: string; name: string }>] {
  const own = useNetworkId();
  const { data: roots = [] } = useGetList(
    "networks",
    { filter: { root: true }, pagination: { page: 1, perPage: 100 }, sort: { field: "name", order: "ASC" } },
    { enabled: !own },
  );
  const [chosen, setChosen] = useState<string | null>(own);
  useEffect(() => {
    if (!own && !chosen && roots[0]) setChosen(String(roots[0].id));
  }, [own, chosen, roots]);
  return [chosen, setChosen, own ? [] : (roots as Array<{ id: string; name: string }>)];
}

export const NetworkDashboard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const [networkId, setNetworkId, networks] = useChosenNetwork();
  const { data, isPending, error } = useApi<Stat[]>("networkStatistics", { networkId, includeSubNetworks: true });
  const seasons = (data ?? [])
    .map((s) => s.season)
    .sort()
    .reverse();
  const [season, setSeason] = useState<string | null>(null);
  // The current season when there are figures for it, else the latest.
  const current = String(new Date().getFullYear());
  const stat = data?.find((s) => s.season === (season ?? (seasons.includes(current) ? current : seasons[0])));

  const exportCsv = async () => {
    const csv = await dataProvider.query<string>("networkStatisticsCsv", { networkId, includeSubNetworks: true });
    download(`statistiques-${stat?.season ?? "reseau"}.csv`, csv);
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title="champ.dashboard.network" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate("champ.dashboard.network")}
      </Typography>
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "center", mb: 2 }}>
        {networks.length > 0 && (
          <FormControl size="small" sx={{ minWidth: 220 }}>
            <InputLabel id="cc-network-label">{translate("champ.dashboard.chooseNetwork")}</InputLabel>
            <Select
              labelId="cc-network-label"
              label={translate("champ.dashboard.chooseNetwork")}
              value={networkId ?? ""}
              onChange={(e) => setNetworkId(String(e.target.value))}
            >
              {networks.map((n) => (
                <MenuItem key={n.id} value={n.id}>
                  {n.name}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        )}
        {seasons.length > 0 && (
          <FormControl size="small" sx={{ minWidth: 140 }}>
            <InputLabel id="cc-season-label">{translate("champ.dashboard.season")}</InputLabel>
            <Select
              labelId="cc-season-label"
              label={translate("champ.dashboard.season")}
              value={stat?.season ?? ""}
              onChange={(e) => setSeason(String(e.target.value))}
            >
              {seasons.map((s) => (
                <MenuItem key={s} value={s}>
                  {s}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        )}
        {stat && <Button label="champ.action.downloadCsv" onClick={exportCsv} startIcon={<DownloadIcon />} />}
      </Box>
      {isPending && networkId ? (
        <Loading />
      ) : error ? (
        <Typography role="alert" color="error">
          {error.message}
        </Typography>
      ) : !stat ? (
        <Typography>{translate("champ.dashboard.noFigures")}</Typography>
      ) : (
        <>
          <Box
            component="ul"
            sx={{ p: 0, m: 0, display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(10rem, 1fr))", gap: 1 }}
          >
            <Figure label={translate("champ.dashboard.amaps")} value={stat.amapCount} />
            <Figure label={translate("champ.dashboard.farms")} value={stat.farmCount} />
            <Figure label={translate("champ.dashboard.households")} value={stat.householdCount} />
            <Figure label={translate("champ.dashboard.subscriptions")} value={stat.subscriptionCount} />
            <Figure label={translate("champ.dashboard.prefinanced")} value={euros(stat.prefinancedCents, locale)} />
          </Box>
          <BarChart
            title={translate("champ.dashboard.byFarm")}
            empty={translate("champ.dashboard.noFigures")}
            bars={[...stat.byFarm]
              .sort((a, b) => b.prefinancedCents - a.prefinancedCents)
              .map((f, i) => ({
                key: f.farm?.id ?? String(i),
                label: f.farm?.name ?? "—",
                value: f.prefinancedCents,
                display: euros(f.prefinancedCents, locale),
              }))}
          />
          <BarChart
            title={translate("champ.dashboard.byProduction")}
            empty={translate("champ.dashboard.noFigures")}
            bars={[...stat.byProductionType]
              .sort((a, b) => b.prefinancedCents - a.prefinancedCents)
              .map((p) => ({
                key: p.productionType,
                label: translate(`champ.enums.productionType.${p.productionType}`),
                value: p.prefinancedCents,
                display: euros(p.prefinancedCents, locale),
              }))}
          />
        </>
      )}
    </Box>
  );
};
