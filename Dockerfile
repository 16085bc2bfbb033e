# The Jifen service as a container image: docker build -t jifen . (or docker compose up --build, see compose.yaml).
# Untested on the project's build machines, which have no Docker engine: see docs/operations.md ("Containers").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 jifen && mkdir /data && chown jifen /data
USER jifen
WORKDIR /app
COPY --from=build /src/web/target/jifen.jar jifen.jar
# The H2 database (without the postgres profile) and the log file.
ENV JIFEN_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/jifen.jar"]
