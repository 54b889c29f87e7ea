/**
 * A button that keeps its text on every screen. React-admin's `<Button>` shows only its icon below
 * the `sm` breakpoint (an IconButton with the label as tooltip and aria-label), so a button
 * without an icon is an empty, invisible square on a phone, and, when disabled, has no name at
 * all. The member space is made for phones: its actions are words, they use this one.
 */
import { Button as MuiButton, type ButtonProps } from "@mui/material";
import { useTranslate } from "react-admin";

export const LabeledButton = ({ label, ...rest }: Omit<ButtonProps, "children"> & { label: string }) => {
  const translate = useTranslate();
  return <MuiButton {...rest}>{translate(label, { _: label })}</MuiButton>;
};
