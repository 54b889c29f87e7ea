/**
 * Links inside a back-office. Each back-office is a react-admin app mounted under its own path
 * (`<Admin basename="/moi">` inside a router that has no basename, see backOffice.tsx), so a
 * react-router path is absolute from the site's root: `<Link to="/contrats">` would leave for
 * `/contrats`, outside every back-office. React-admin prefixes the basename in the links it builds
 * itself (useCreatePath, useRedirect, resource menu items), not in the `to` of a `<Link>` or a
 * `<Menu.Item>`: these take `useBackOfficePath()("/contrats")` or `<BackOfficeLink to="/contrats">`.
 */
import { Link, useBasename, type LinkProps } from "react-admin";

/** Turns a path of this back-office ("/souscrire/1") into the site's path ("/moi/souscrire/1"). */
export function useBackOfficePath(): (to: string) => string {
  const basename = useBasename();
  return (to) => (to.startsWith("/") ? `${basename}${to}` : to);
}

/** react-admin's `<Link>`, with `to` a path of this back-office. */
export const BackOfficeLink = ({ to, ...rest }: Omit<LinkProps, "to"> & { to: string }) => {
  const path = useBackOfficePath();
  return <Link to={path(to)} {...rest} />;
};
