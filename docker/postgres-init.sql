-- One database per service (docker-compose's postgres; `make up` creates the same ones in LocalPostgres).
CREATE DATABASE projects;
CREATE DATABASE issues;
CREATE DATABASE assessment;
CREATE DATABASE notifications;
