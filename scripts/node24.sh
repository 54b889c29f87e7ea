# Source me (`. scripts/node24.sh`): makes Node 24 LTS the `node` of this shell.
# Node 20 is out of support; where the system Node is older than 24, this installs the npm
# registry's Node 24 binary (package node-linux-<arch>, which carries its C headers under
# include/node) into a cache folder, puts it first on PATH and points npm_config_nodedir at it, so
# native modules (better-sqlite3, argon2) compile against Node 24 with no download from elsewhere.
# Where the system Node is already 24 or newer, it changes nothing.
CHAMP_NODE_VERSION="${CHAMP_NODE_VERSION:-24.22.3}"
_champ_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$_champ_major" -lt 24 ]; then
  case "$(uname -m)" in
    x86_64) _champ_arch=x64 ;;
    aarch64 | arm64) _champ_arch=arm64 ;;
    *) _champ_arch="$(uname -m)" ;;
  esac
  _champ_dir="${CHAMP_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/champ-commun/node-$CHAMP_NODE_VERSION}"
  _champ_pkg="$_champ_dir/node_modules/node-linux-$_champ_arch"
  if [ ! -x "$_champ_pkg/bin/node" ]; then
    echo "== installing Node $CHAMP_NODE_VERSION (npm package node-linux-$_champ_arch) into $_champ_dir" >&2
    mkdir -p "$_champ_dir"
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$_champ_dir" "node-linux-$_champ_arch@$CHAMP_NODE_VERSION" >&2
  fi
  export PATH="$_champ_pkg/bin:$PATH"
  export npm_config_nodedir="$_champ_pkg"
  hash -r 2>/dev/null || true
  unset _champ_arch _champ_dir _champ_pkg
fi
unset _champ_major
