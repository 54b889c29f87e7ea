import { Typography } from "@mui/material";
import { useTranslate } from "react-admin";

/** A heading between groups of inputs, e.g. "Contact". */
export const SectionTitle = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 0.5, fontSize: "1rem", fontWeight: 600 }}>
      {translate(label)}
    </Typography>
  );
};
