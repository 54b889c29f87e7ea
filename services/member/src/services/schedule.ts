import { addMonths, splitCents } from "@champ-commun/kit";

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
export function installmentSchedule(
  totalCents: number,
  count: number,
  cashingDates: string[],
  firstDelivery: string,
): ScheduledPayment[] {
  const amounts = splitCents(totalCents, count);
  const dates = [...cashingDates].sort();
  const useCashing = dates.length >= count;
  return amounts.map((amountCents, k) => ({
    rank: k + 1,
    amountCents,
    dueOn: useCashing ? dates[k] : addMonths(firstDelivery, k),
  }));
}
