# Builds the application from this repository (used by docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -DskipTests package && cp target/vet-workflow-*.jar /vet-workflow.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app vet
WORKDIR /app
COPY --from=build /vet-workflow.jar /app/vet-workflow.jar
USER vet
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/vet-workflow.jar"]
