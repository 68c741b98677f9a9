package io.keyprojects.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL and Kafka in containers, for machines with a Docker engine ({@code KP_TEST_INFRA=containers}). */
final class ContainerInfrastructure implements TestInfrastructure {
    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    private ContainerInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static ContainerInfrastructure start() {
        var postgres = new PostgreSQLContainer("postgres:17-alpine").withUsername("postgres").withPassword("postgres");
        var kafka = new KafkaContainer("apache/kafka:4.1.1");
        postgres.start();
        kafka.start();
        return new ContainerInfrastructure(postgres, kafka);
    }

    @Override
    public String dbHost() {
        return postgres.getHost();
    }

    @Override
    public int dbPort() {
        return postgres.getMappedPort(5432);
    }

    @Override
    public String dbUser() {
        return postgres.getUsername();
    }

    @Override
    public String dbPassword() {
        return postgres.getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
    }
}
