# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
ARG TARGETOS
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static AS final
COPY --from=build /out/app /app
ENV PORT=8080 MODE="production"
EXPOSE 8080/tcp
USER nonroot:nonroot
ENTRYPOINT ["/app"]
