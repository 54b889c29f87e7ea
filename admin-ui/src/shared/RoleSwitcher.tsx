/**
 * The role switcher: a person with several roles (treasurer of an AMAP and member of a household,
 * farmer and network admin…) changes space here. Each choice is a grant with its scope's name;
 * choosing one remembers it for that back-office (this tab) and loads it.
 */
import { useEffect, useState, type MouseEvent } from "react";
import SwapIcon from "@mui/icons-material/SwapHoriz";
import { Button, ListItemText, Menu, MenuItem } from "@mui/material";
import { useTranslate } from "react-admin";
import { GRAPHQL_ENDPOINT, session } from "../auth/browserSession";
import { allGrants, BACK_OFFICE_OF, chosenGrantKey, type Grant } from "../auth/grants";
import { fetchScopeNames } from "../auth/scopeNames";
import { useBackOffice } from "./backOffice";

export const RoleSwitcher = () => {
  const translate = useTranslate();
  const { person, grant } = useBackOffice();
  const grants = allGrants(person);
  const [names, setNames] = useState<Record<string, string>>({});
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  useEffect(() => {
    let live = true;
    void session
      .headers()
      .then((h) => fetchScopeNames(GRAPHQL_ENDPOINT, grants, h))
      .then((n) => live && setNames(n));
    return () => {
      live = false;
    };
    // The person's grants do not change while the page lives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [person.id]);

  const label = (g: Grant) =>
    `${translate(`champ.roles.${g.role}`)}${names[g.id] ? ` · ${names[g.id]}` : g.scopeId === "*" ? ` · ${translate("champ.roles.all")}` : ""}`;
  const choose = (g: Grant) => {
    const path = BACK_OFFICE_OF[g.role];
    window.sessionStorage.setItem(chosenGrantKey(path), g.id);
    window.location.assign(path);
  };
  const current = label(grant);

  return (
    <>
      <Button
        color="inherit"
        aria-label={`${translate("champ.roles.switch")} : ${current}`}
        aria-haspopup="menu"
        aria-controls={anchor ? "cc-role-menu" : undefined}
        aria-expanded={anchor ? "true" : undefined}
        onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        startIcon={<SwapIcon />}
        disabled={grants.length < 2}
        // On a phone the icon alone (its name says the space): the page's title needs the room.
        sx={{
          textTransform: "none",
          minWidth: 0,
          maxWidth: { xs: 48, sm: 320 },
          "& .MuiButton-startIcon": { mr: { xs: 0, sm: 1 } },
          "&.Mui-disabled": { color: "inherit" },
        }}
      >
        <span className="cc-wide-only" style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
          {names[grant.id] ?? translate(`champ.roles.${grant.role}`)}
        </span>
      </Button>
      <Menu id="cc-role-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {grants.map((g) => (
          <MenuItem key={g.id} selected={g.id === grant.id} onClick={() => choose(g)}>
            <ListItemText primary={label(g)} secondary={BACK_OFFICE_OF[g.role]} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
