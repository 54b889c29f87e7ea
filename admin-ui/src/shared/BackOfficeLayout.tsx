import { useEffect, type ComponentType, type ReactNode } from "react";
import HomeIcon from "@mui/icons-material/Home";
import { Box, IconButton, Tooltip } from "@mui/material";
import { AppBar, Layout, LoadingIndicator, ToggleThemeButton, useLocaleState, useTranslate } from "react-admin";
import { LocaleSwitcher } from "./LocaleSwitcher";
import { RoleSwitcher } from "./RoleSwitcher";

/** Back to the landing page: a full page load, since each back-office is its own app. */
const HomeButton = () => {
  const translate = useTranslate();
  const label = translate("champ.app.home");
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" href="/" aria-label={label}>
        <HomeIcon />
      </IconButton>
    </Tooltip>
  );
};

const BackOfficeAppBar = () => (
  <AppBar
    color="primary"
    // A page's title wraps on a phone instead of being cut to its first word ("Mon", "Sous").
    sx={{
      "& .RaAppBar-title, & .RaAppBar-title *": {
        whiteSpace: { xs: "normal", sm: "nowrap" },
        overflow: { xs: "visible", sm: "hidden" },
      },
      "& .RaAppBar-title": {
        fontSize: { xs: "1rem", sm: "1.25rem" },
        lineHeight: 1.2,
        overflowWrap: "anywhere",
        py: 0.5,
      },
    }}
    toolbar={
      <>
        <RoleSwitcher />
        <Box component="span" sx={{ display: { xs: "none", sm: "inline-flex" } }}>
          <HomeButton />
        </Box>
        <LocaleSwitcher />
        {/* Left out on a phone, where the title needs the room. */}
        <Box component="span" sx={{ display: { xs: "none", sm: "inline-flex" } }}>
          <ToggleThemeButton />
        </Box>
        <LoadingIndicator />
      </>
    }
  />
);

/** Keeps `<html lang>` in step with the chosen language (screen readers read with it). */
const HtmlLang = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
};

export const BackOfficeLayout = ({ children, menu }: { children: ReactNode; menu: ComponentType }) => (
  <Layout
    appBar={BackOfficeAppBar}
    menu={menu}
    // Menu labels wrap rather than end in "…" ("Chèques et échéa…"); the content never widens the page.
    sx={{
      // react-admin's layout is `min-width: fit-content`: one wide block (tabs, a table) widened the whole page on a phone.
      minWidth: 0,
      "& .RaMenuItemLink-root": { whiteSpace: "normal", height: "auto", minHeight: 44 },
      "& .RaMenuItemLink-root .MuiTypography-noWrap": {
        whiteSpace: "normal",
        overflow: "visible",
        textOverflow: "clip",
      },
      // A table wider than a phone scrolls inside the page, not the page itself.
      "& .RaLayout-content": { minWidth: 0, overflowX: "auto" },
    }}
  >
    <HtmlLang />
    {children}
  </Layout>
);
