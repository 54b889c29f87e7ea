import { splitCents } from "@champ-commun/kit";

/** Adds calendar months to a YYYY-MM-DD date, keeping the day or the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

export interface ScheduledPayment {
  rank: number;
  dueOn: string;
  amountCents: number;
}

/**
 * The payment schedule of a subscription: `count` installments summing exactly to the total
 * (remainder on the first), due on the template's cashing dates when it gives enough of them,
 * else monthly from the first delivery covered.
 */
export function installmentSchedule(totalCents: number, count: number, cashingDates: string[], firstDelivery: string): ScheduledPayment[] {
  const amounts = splitCents(totalCents, count);
  const dates = [...cashingDates].sort();
  const useCashing = dates.length >= count;
  return amounts.map((amountCents, k) => ({ rank: k + 1, amountCents, dueOn: useCashing ? dates[k] : addMonths(firstDelivery, k) }));
}
