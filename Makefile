# Key Projects Platform: one command starts everything (see scripts/ for what each target does).
.PHONY: up down status test build bench keys clean-data

up: ## PostgreSQL, Kafka, topics, the four services and the demo data (.run/ keeps the state)
	@scripts/up.sh

down: ## stops what 'make up' started (the processes in .run/pids)
	@scripts/down.sh

status: ## each component: running or stopped, pid, address, health
	@scripts/status.sh

test: ## every module's tests, self-contained (embedded PostgreSQL and Kafka)
	./mvnw verify

build: ## all jars, no tests
	./mvnw -q package -DskipTests

bench: ## the performance benchmarks on their own stack (bench/.run, own ports); QUICK=1 for a few minutes (bench/README.md)
	@bench/run.sh

keys: ## the JWT signing key pair and the audit checkpoint key pair in .run/keys (docker-compose mounts them too)
	@scripts/keys.sh

clean-data: down ## stops the stack, then deletes .run (databases, topics, logs, keys)
	rm -rf .run
