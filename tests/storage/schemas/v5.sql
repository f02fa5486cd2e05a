-- Planner database schema version 5, frozen as created by that build.
-- tests/storage/test_migrations.py builds a version-5 database from this file.

CREATE TABLE conferences (
	id INTEGER NOT NULL, 
	identity VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	acronym VARCHAR NOT NULL, 
	time_zone VARCHAR NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE NOT NULL, 
	source VARCHAR NOT NULL, 
	version VARCHAR NOT NULL, 
	format VARCHAR NOT NULL, 
	notice TEXT NOT NULL, 
	url VARCHAR NOT NULL, 
	imported_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	venue VARCHAR DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (identity)
);
CREATE TABLE preferences (
	"key" VARCHAR NOT NULL, 
	value JSON NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE days (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	date DATE NOT NULL, 
	start DATETIME, 
	"end" DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (conference_id, date), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);
CREATE TABLE tracks (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	color VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (conference_id, name), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);
CREATE TABLE rooms (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (conference_id, name), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);
CREATE TABLE speakers (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	organization VARCHAR NOT NULL, 
	bio TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (conference_id, name), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);
CREATE TABLE stars (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	talk_key VARCHAR NOT NULL, 
	priority VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	note TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (conference_id, talk_key), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);
CREATE TABLE busy_blocks (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	title VARCHAR NOT NULL, 
	start DATETIME NOT NULL, 
	"end" DATETIME NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);
CREATE INDEX ix_busy_blocks_conference_id ON busy_blocks (conference_id);
CREATE TABLE feeds (
	id INTEGER NOT NULL, 
	url VARCHAR NOT NULL, 
	conference_id INTEGER, 
	etag VARCHAR NOT NULL, 
	last_modified VARCHAR NOT NULL, 
	content_sha256 VARCHAR NOT NULL, 
	cache_file VARCHAR NOT NULL, 
	fetched_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (url), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE SET NULL
);
CREATE TABLE calendar_targets (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	kind VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	location VARCHAR NOT NULL, 
	include_plan_b BOOLEAN NOT NULL, 
	alarm_minutes INTEGER, 
	calendar_name VARCHAR NOT NULL, 
	calendar_url VARCHAR NOT NULL, 
	username VARCHAR NOT NULL, 
	password_command VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	last_sync DATETIME, 
	last_attempt DATETIME, 
	last_error_code VARCHAR DEFAULT '' NOT NULL, 
	last_error_values TEXT DEFAULT '{}' NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (conference_id, kind, name), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);
CREATE TABLE overlays (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	source VARCHAR NOT NULL, 
	visible BOOLEAN NOT NULL, 
	program_fingerprint VARCHAR NOT NULL, 
	imported_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE
);
CREATE INDEX ix_overlays_conference_id ON overlays (conference_id);
CREATE TABLE talks (
	id INTEGER NOT NULL, 
	conference_id INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	day_id INTEGER, 
	room_id INTEGER, 
	track_id INTEGER, 
	title VARCHAR NOT NULL, 
	subtitle VARCHAR NOT NULL, 
	type VARCHAR NOT NULL, 
	language VARCHAR NOT NULL, 
	abstract TEXT NOT NULL, 
	description TEXT NOT NULL, 
	start DATETIME NOT NULL, 
	"end" DATETIME NOT NULL, 
	url VARCHAR NOT NULL, 
	links JSON NOT NULL, 
	untitled BOOLEAN NOT NULL, 
	cancelled BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (conference_id, "key"), 
	FOREIGN KEY(conference_id) REFERENCES conferences (id) ON DELETE CASCADE, 
	FOREIGN KEY(day_id) REFERENCES days (id) ON DELETE SET NULL, 
	FOREIGN KEY(room_id) REFERENCES rooms (id) ON DELETE SET NULL, 
	FOREIGN KEY(track_id) REFERENCES tracks (id) ON DELETE SET NULL
);
CREATE INDEX ix_talks_conference_start ON talks (conference_id, start);
CREATE TABLE target_events (
	target_id INTEGER NOT NULL, 
	talk_key VARCHAR NOT NULL, 
	sequence INTEGER NOT NULL, 
	fingerprint VARCHAR NOT NULL, 
	stamp DATETIME NOT NULL, 
	present BOOLEAN NOT NULL, 
	href VARCHAR NOT NULL, 
	etag VARCHAR NOT NULL, 
	remote VARCHAR NOT NULL, 
	PRIMARY KEY (target_id, talk_key), 
	FOREIGN KEY(target_id) REFERENCES calendar_targets (id) ON DELETE CASCADE
);
CREATE TABLE overlay_sessions (
	id INTEGER NOT NULL, 
	overlay_id INTEGER NOT NULL, 
	talk_key VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	start DATETIME NOT NULL, 
	"end" DATETIME, 
	priority VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(overlay_id) REFERENCES overlays (id) ON DELETE CASCADE
);
CREATE INDEX ix_overlay_sessions_overlay_id ON overlay_sessions (overlay_id);
CREATE TABLE talk_speakers (
	talk_id INTEGER NOT NULL, 
	speaker_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (talk_id, speaker_id), 
	FOREIGN KEY(talk_id) REFERENCES talks (id) ON DELETE CASCADE, 
	FOREIGN KEY(speaker_id) REFERENCES speakers (id) ON DELETE CASCADE
);
CREATE INDEX ix_talk_speakers_speaker_id ON talk_speakers (speaker_id);
PRAGMA application_id = 1347178066;
PRAGMA user_version = 5;
