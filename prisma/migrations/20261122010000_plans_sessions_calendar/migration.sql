-- Plans, dialogue sessions with their bridge points, and committees' own calendar days.

CREATE TYPE "TimePrecision" AS ENUM ('day', 'month', 'quarter', 'unscheduled');
CREATE TYPE "SessionStatus" AS ENUM ('planned', 'scheduled', 'held', 'concluded', 'cancelled');
CREATE TYPE "SessionFormat" AS ENUM ('in_person', 'online', 'alternatives');
CREATE TYPE "BridgePointKind" AS ENUM ('central', 'local');
CREATE TYPE "CalendarDayKind" AS ENUM ('day_off', 'working_day');

CREATE TABLE "plans" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "number" INTEGER NOT NULL,
    "symbol" TEXT,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "issued_on" DATE,
    "issuer" TEXT NOT NULL,
    "created_by_person_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "plans_committee_id_number_key" ON "plans"("committee_id", "number");

CREATE TABLE "sessions" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "number" INTEGER NOT NULL,
    "plan_id" INTEGER REFERENCES "plans"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "topic" TEXT NOT NULL,
    "host" TEXT,
    "audience" TEXT,
    "expected_count" INTEGER,
    "unlimited" BOOLEAN NOT NULL DEFAULT false,
    "precision" "TimePrecision" NOT NULL,
    "window_start" DATE,
    "window_end" DATE,
    "start_hour" INTEGER,
    "start_minute" INTEGER,
    "time_text" TEXT NOT NULL,
    "format" "SessionFormat" NOT NULL,
    "venue" TEXT,
    "ad_hoc" BOOLEAN NOT NULL DEFAULT false,
    "status" "SessionStatus" NOT NULL DEFAULT 'planned',
    "status_reason" TEXT,
    "created_by_person_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "sessions_committee_id_number_key" ON "sessions"("committee_id", "number");
CREATE INDEX "sessions_committee_id_window_start_idx" ON "sessions"("committee_id", "window_start");

CREATE TABLE "bridge_points" (
    "id" SERIAL PRIMARY KEY,
    "session_id" INTEGER NOT NULL REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "kind" "BridgePointKind" NOT NULL,
    "place" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "bridge_points_session_id_position_key" ON "bridge_points"("session_id", "position");

CREATE TABLE "calendar_days" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_person_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "calendar_days_committee_id_date_key" ON "calendar_days"("committee_id", "date");
