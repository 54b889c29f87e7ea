import ReceiptIcon from "@mui/icons-material/ReceiptLong";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./InstallmentList"), "InstallmentList"),
  icon: ReceiptIcon,
};
