# syntax=docker/dockerfile:1
FROM alpine:3.19

RUN <<EOF
apk add --no-cache curl
EOF

RUN --mount=type=cache,target=/var/cache/apk <<-'SCRIPT' sh -eux
	echo "$HOME"
	SCRIPT

COPY --chmod=755 <<A <<"B" /usr/local/bin/
#!/bin/sh
A
echo b
B

ADD <<index.html /srv/
<html></html>
index.html

ONBUILD RUN <<X
true
X

RUN ["sh", "-c", "cat <<EOF"]
USER nobody
