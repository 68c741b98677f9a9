# Key Projects Platform: one command starts everything (see scripts/ for what each target does).
.PHONY: up down status test build aot-train bench bench-webhooks bench-restart bench-console bench-jdks keys clean-data browser screenshots

up: ## PostgreSQL, Kafka, topics, the four services and the demo data (.run/ keeps the state); INSTANCES=N runs N of each service and gateway
	@scripts/up.sh

down: ## stops what 'make up' started (the processes in .run/pids)
	@scripts/down.sh

status: ## each component: running or stopped, pid, address, health
	@scripts/status.sh

test: browser ## every module's tests, self-contained (embedded PostgreSQL and Kafka; the console's in headless Chromium)
	./mvnw verify

browser: ## chromium and a CJK font for the console's end-to-end tests, with apt when missing
	@scripts/browser.sh

screenshots: browser ## the console's end-to-end run against 'make up' (demo data), photographing every page into docs/screenshots
	cd console && BASE_URL=http://localhost:8080 node e2e/run.mjs

build: ## all jars, no tests
	./mvnw -q package -DskipTests

aot-train: ## Java 25: trains each service's AOT cache by the demo load on a stack of its own (make up AOT_TRAIN=1 does it after a build)
	@scripts/aot-train.sh

bench: ## the performance benchmarks on their own stack (bench/.run, own ports); QUICK=1 for a few minutes (bench/README.md)
	@bench/run.sh

bench-webhooks: ## notifications-service: event → webhook delivery p99 at 100 events/s and deliveries per second (bench/README.md)
	@bench/webhooks.sh

bench-restart: ## assessment-service: the first live ranking after a restart at 1M events, with and without the facts' snapshot (bench/README.md)
	@bench/snapshot-restart.sh

bench-console: ## the console's first load in headless Chromium against 'make up' (bytes, time to the cockpit's figures)
	@node bench/console-load.mjs

bench-jdks: ## start-up, idle memory and reads on Java 17 (AppCDS) and Java 25 (AOT cache) side by side, 3 rounds (bench/README.md)
	@bench/jdks.sh

keys: ## the JWT signing key pair and the audit checkpoint key pair in .run/keys (docker-compose mounts them too)
	@scripts/keys.sh

clean-data: down ## stops the stack, then deletes .run (databases, topics, logs, keys)
	rm -rf .run
