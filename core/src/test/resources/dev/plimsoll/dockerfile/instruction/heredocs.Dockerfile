FROM alpine:3.20
RUN <<EOF
apk add --no-cache curl
echo ready
EOF
COPY --chmod=755 <<-"SCRIPT" /usr/local/bin/hello
	#!/bin/sh
	echo "hello $USER"
	SCRIPT
HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1
CMD ["hello"]
