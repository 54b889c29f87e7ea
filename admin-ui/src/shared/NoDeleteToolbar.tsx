import type { ReactNode } from "react";
import { SaveButton, Toolbar } from "react-admin";

/** Edit toolbar for records the API does not delete (AMAPs are closed, farms stay listed). */
export const NoDeleteToolbar = ({ children }: { children?: ReactNode }) => (
  <Toolbar sx={{ display: "flex", justifyContent: "space-between", gap: 1 }}>
    <SaveButton />
    {children}
  </Toolbar>
);
