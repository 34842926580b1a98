#!/bin/sh
# Prints, as one-line apt sources, the Debian mirrors this machine's apt
# already uses, for the release CODENAME (with its -updates and -security
# suites): the Debian 13 environment and the Flatpak test's stand-in runtime
# come from the mirror apt uses, whichever that is, never a hard-coded one.
#
# Usage: debian-sources.sh CODENAME
set -eu

codename=${1:?usage: debian-sources.sh CODENAME}

# Each entry's URI and suites, from deb822 .sources files and one-line lists.
entries () {
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '
      function flush(  n, m, i, j, s, u) {
        n = split(suites, s, " ")
        m = split(uris, u, " ")
        if (types ~ /(^| )deb( |$)/ && enabled !~ /no/)
          for (i = 1; i <= n; i++)
            for (j = 1; j <= m; j++)
              print u[j], s[i]
        types = uris = suites = enabled = ""
      }
      /^[ \t]*#/ { next }
      /^[ \t]*$/ { flush(); next }
      { key = tolower($1); $1 = "" }
      key == "types:" { types = $0 }
      key == "uris:" { uris = $0 }
      key == "suites:" { suites = $0 }
      key == "enabled:" { enabled = tolower($0) }
      END { flush() }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1 == "deb" {
      i = 2
      if ($i ~ /^\[/) { while (i < NF && $i !~ /\]$/) i++; i++ }
      print $i, $(i + 1)
    }' "$f"
  done
}

# Debian's own suites only: other vendors' repositories stay out.
entries | awk -v codename="$codename" '
  $2 ~ /^(buster|bullseye|bookworm|trixie|forky|sid|oldstable|stable|testing|unstable)(-updates|-security|\/updates)?$/ {
    uri = $1
    sub(/\/+$/, "", uri)
    if ($2 ~ /security/) security[uri] = 1; else archive[uri] = 1
  }
  END {
    for (uri in archive) {
      print "deb " uri " " codename " main"
      print "deb " uri " " codename "-updates main"
    }
    for (uri in security) print "deb " uri " " codename "-security main"
  }' | sort -u
