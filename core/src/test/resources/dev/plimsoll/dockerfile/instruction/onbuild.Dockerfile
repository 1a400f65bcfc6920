FROM node:20-alpine
LABEL maintainer="team@example.com" version=1
onbuild copy package.json /app/
ONBUILD RUN npm ci
ONBUILD RUNN broken
SHELL ["/bin/sh", "-eu", "-c"]
VOLUME /data
STOPSIGNAL SIGINT
