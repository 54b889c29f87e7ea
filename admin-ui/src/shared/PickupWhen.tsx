/**
 * When and where a pickup really happens: the day it was moved to (not the day first planned), its
 * time window and its place, with a word when it was moved or cancelled. Shared by the member's
 * agenda and duty pages.
 */
import { Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { day, timeWindow } from "./format";

export interface PickupPlace {
  name: string;
  address?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

export interface PickupInfo {
  id: string;
  date: string;
  effectiveDate?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  status?: string | null;
  place?: PickupPlace | null;
  movedToPlace?: PickupPlace | null;
}

/** The day the pickup takes place (its substitute day once moved). */
export const pickupDay = (d: PickupInfo): string => d.effectiveDate ?? d.date;

export function placeText(p: PickupPlace | null | undefined): string {
  if (!p) return "";
  const town = [p.postalCode, p.city].filter(Boolean).join(" ");
  return [p.name, p.address, town].filter(Boolean).join(", ");
}

export const PickupWhen = ({ pickup, heading = "h2" }: { pickup: PickupInfo; heading?: "h2" | "h3" | "p" }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const moved = pickup.status === "moved";
  const where = placeText(pickup.movedToPlace ?? pickup.place);
  const when = timeWindow(pickup.startTime, pickup.endTime, locale);
  return (
    <>
      <Typography
        component={heading}
        sx={{ fontWeight: 700, fontSize: "1.05rem", "&::first-letter": { textTransform: "uppercase" } }}
      >
        {day(pickupDay(pickup), locale, true)}
      </Typography>
      {pickup.status === "cancelled" ? (
        <Typography color="error">{translate("champ.pickup.cancelled")}</Typography>
      ) : (
        <Typography color="text.secondary">{[when, where].filter(Boolean).join(" · ")}</Typography>
      )}
      {moved && (
        <Typography sx={{ fontSize: "0.9rem" }} color="warning.main">
          {pickupDay(pickup) !== pickup.date
            ? translate("champ.pickup.moved", { date: day(pickup.date, locale, true) })
            : translate("champ.pickup.placeMoved")}
        </Typography>
      )}
    </>
  );
};
