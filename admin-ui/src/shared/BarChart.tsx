/**
 * A horizontal bar chart in plain HTML and CSS: each bar is a list item whose label and value are
 * text (read by screen readers), the bar itself is decoration. No chart library.
 */
import { Box, Typography } from "@mui/material";

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as shown (e.g. "1 234,00 €"). */
  display: string;
}

export const BarChart = ({ title, bars, empty }: { title: string; bars: Bar[]; empty: string }) => {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const id = `chart-${title.replace(/\W+/g, "-")}`;
  return (
    <Box component="section" aria-labelledby={id} sx={{ mt: 2 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ fontSize: "1rem", fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {bars.length === 0 ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gap: 0.75 }}>
          {bars.map((b) => (
            <Box
              component="li"
              key={b.key}
              sx={{
                display: "grid",
                gridTemplateColumns: { xs: "1fr", sm: "minmax(8rem, 14rem) 1fr" },
                gap: { xs: 0.25, sm: 1 },
                alignItems: "center",
              }}
            >
              <Typography component="span" sx={{ fontSize: "0.9rem", overflow: "hidden", textOverflow: "ellipsis" }}>
                {b.label}
              </Typography>
              <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 0 }}>
                <Box
                  aria-hidden
                  sx={{
                    height: 14,
                    borderRadius: 1,
                    bgcolor: "primary.main",
                    width: `${Math.max(1, (b.value / max) * 100)}%`,
                    maxWidth: "calc(100% - 6.5rem)",
                  }}
                />
                <Typography
                  component="span"
                  sx={{ fontSize: "0.85rem", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}
                >
                  {b.display}
                </Typography>
              </Box>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};
