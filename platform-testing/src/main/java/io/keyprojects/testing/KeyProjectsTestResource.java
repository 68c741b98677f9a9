package io.keyprojects.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at the real PostgreSQL and Kafka of {@link TestInfrastructure} and at the
 * test signing keys. Init argument {@code database}: the service's own database name.
 */
public class KeyProjectsTestResource implements QuarkusTestResourceLifecycleManager {
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.shared();
        infra.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", infra.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.dbUser());
        config.put("quarkus.datasource.password", infra.dbPassword());
        config.put("kafka.bootstrap.servers", infra.kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey.location", TestSigningKeys.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestSigningKeys.ISSUER);
        config.put("smallrye.jwt.sign.key.location", TestSigningKeys.privateKeyFile().toUri().toString());
        return config;
    }

    @Override
    public void stop() {
        // the infrastructure outlives one application start; it stops with the JVM
    }
}
