#!/bin/sh
# Installs what the benchmarks need on a Debian machine, where missing: Python 3 with PyYAML
# (built with its C loader) and networkx for the reference pipeline, and Graphviz's `dot`
# command for the rendering comparison. Debian's packages first; pip where they are missing.
set -e
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
need_apt=""
command -v python3 >/dev/null 2>&1 || need_apt="$need_apt python3"
command -v dot >/dev/null 2>&1 || need_apt="$need_apt graphviz"
if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import yaml; assert yaml.__with_libyaml__' 2>/dev/null || need_apt="$need_apt python3-yaml"
    python3 -c 'import networkx' 2>/dev/null || need_apt="$need_apt python3-networkx"
else
    need_apt="$need_apt python3-yaml python3-networkx"
fi
if [ -n "$need_apt" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing$need_apt with apt-get…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need_apt >/dev/null
fi
# A python3 that is not Debian's (pyenv, a virtualenv) does not see Debian's modules.
if ! python3 -c 'import yaml; assert yaml.__with_libyaml__; import networkx' 2>/dev/null; then
    echo "Installing pyyaml and networkx with pip…"
    python3 -m pip install --quiet pyyaml networkx 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages pyyaml networkx
fi
python3 -c 'import yaml; assert yaml.__with_libyaml__, "PyYAML has no C loader (install libyaml-dev, then reinstall pyyaml)"; import networkx'
