import { useState, type MouseEvent } from "react";
import TranslateIcon from "@mui/icons-material/Translate";
import { Button, Menu, MenuItem } from "@mui/material";
import { useLocaleState, useLocales, useTranslate } from "react-admin";

/**
 * Language switcher. Unlike react-admin's LocalesMenuButton, its name says what it does
 * ("Langue : Français") and each choice is marked with its own language for screen readers.
 */
export const LocaleSwitcher = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (locales.length < 2) return null;
  const current = locales.find((l) => l.locale === locale)?.name ?? locale;
  const label = `${translate("champ.app.language")} : ${current}`;

  return (
    <>
      <Button
        color="inherit"
        aria-label={label}
        aria-haspopup="menu"
        aria-controls={anchor ? "cc-locale-menu" : undefined}
        aria-expanded={anchor ? "true" : undefined}
        onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        startIcon={<TranslateIcon />}
        // On a phone the icon alone (its name stays "Langue : Français"): the page's title needs the room.
        sx={{ minWidth: 0, "& .MuiButton-startIcon": { mr: { xs: 0, sm: 1 } } }}
      >
        <span className="cc-wide-only">{locale.toUpperCase()}</span>
      </Button>
      <Menu id="cc-locale-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {locales.map((l) => (
          <MenuItem
            key={l.locale}
            lang={l.locale}
            selected={l.locale === locale}
            onClick={() => {
              setLocale(l.locale);
              setAnchor(null);
            }}
          >
            {l.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
