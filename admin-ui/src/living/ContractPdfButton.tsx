/** The signed contract as a PDF (parties, grid, prices, schedule, charter, signatures), from the member's and the board's subscription pages. */
import PdfIcon from "@mui/icons-material/PictureAsPdf";
import { useLocaleState, useNotify, useRecordContext } from "react-admin";
import { LabeledButton } from "../shared/LabeledButton";
import { downloadFromApi, slug } from "./files";

export const ContractPdfButton = ({ subscriptionId, name }: { subscriptionId?: string; name?: string }) => {
  const record = useRecordContext();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const id = subscriptionId ?? (record?.id as string | undefined);
  if (!id) return null;
  const title = name ?? (record?.templateName as string | undefined) ?? "contrat";
  const save = () =>
    downloadFromApi(`/files/subscriptions/${id}/contract.pdf`, `contrat-${slug(title)}.pdf`, locale).catch(
      (err: Error) => notify(err.message || "living.files.failed", { type: "error" }),
    );
  return (
    <LabeledButton label="living.contract.pdf" onClick={save} startIcon={<PdfIcon />} size="small" variant="outlined" />
  );
};
