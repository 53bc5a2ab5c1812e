/* One global event log for every service (DESIGN.md "Event store"; docs/adr/0003).
 * transaction_id is the writer's xid8: readers order by (transaction_id, position) and only read rows whose
 * transaction_id is below the oldest transaction still in flight, so a late commit can never be skipped. */
exports.up = (pgm) => {
  pgm.sql(`
    CREATE TABLE event_store.events (
      position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      stream_id      text NOT NULL,
      revision       bigint NOT NULL CHECK (revision >= 0),
      event_id       uuid NOT NULL,
      type           text NOT NULL,
      data           jsonb NOT NULL,
      metadata       jsonb NOT NULL,
      recorded_at    timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision),
      CONSTRAINT events_event_id_key UNIQUE (event_id)
    );
    CREATE INDEX events_global_order_idx ON event_store.events (transaction_id, position);
  `);

  // Expected revision: -1 = NO_STREAM, -2 = ANY, >= 0 = exact. Conflicts raise SQLSTATE ES409 with the actual
  // revision (or NO_STREAM) as DETAIL. The per-stream advisory lock serialises appends to one stream only.
  pgm.sql(`
    CREATE FUNCTION event_store.append_events(p_stream_id text, p_expected bigint, p_events jsonb)
    RETURNS TABLE (next_revision bigint, transaction_id xid8, "position" bigint)
    LANGUAGE plpgsql VOLATILE AS $fn$
    #variable_conflict use_column
    DECLARE
      v_count      bigint := jsonb_array_length(p_events);
      v_current    bigint;
      v_found      bigint;
      v_in_stream  bigint;
      v_start_min  bigint;
      v_start_max  bigint;
    BEGIN
      PERFORM pg_advisory_xact_lock(1702, hashtext(p_stream_id));
      SELECT max(e.revision) INTO v_current FROM event_store.events e WHERE e.stream_id = p_stream_id;

      IF v_count > 0 THEN
        SELECT count(*),
               count(*) FILTER (WHERE s.stream_id = p_stream_id),
               min(s.revision - (i.ord - 1)) FILTER (WHERE s.stream_id = p_stream_id),
               max(s.revision - (i.ord - 1)) FILTER (WHERE s.stream_id = p_stream_id)
          INTO v_found, v_in_stream, v_start_min, v_start_max
          FROM jsonb_array_elements(p_events) WITH ORDINALITY AS i(e, ord)
          JOIN event_store.events s ON s.event_id = (i.e->>'eventId')::uuid;

        IF v_found > 0 THEN
          -- A retry of an append that already happened is a no-op answering the original result.
          IF v_found = v_count AND v_in_stream = v_count AND v_start_min = v_start_max
             AND (p_expected = -2 OR (p_expected = -1 AND v_start_min = 0) OR (p_expected >= 0 AND v_start_min = p_expected + 1)) THEN
            RETURN QUERY
              SELECT s.revision, s.transaction_id, s.position FROM event_store.events s
               WHERE s.stream_id = p_stream_id AND s.revision = v_start_min + v_count - 1;
            RETURN;
          END IF;
          RAISE EXCEPTION 'event ids already stored elsewhere in stream %', p_stream_id
            USING ERRCODE = 'ES409', DETAIL = coalesce(v_current::text, 'NO_STREAM');
        END IF;
      END IF;

      IF (p_expected = -1 AND v_current IS NOT NULL) OR (p_expected >= 0 AND v_current IS DISTINCT FROM p_expected) THEN
        RAISE EXCEPTION 'wrong expected revision for stream %', p_stream_id
          USING ERRCODE = 'ES409', DETAIL = coalesce(v_current::text, 'NO_STREAM');
      END IF;

      IF v_count = 0 THEN
        RETURN QUERY
          SELECT coalesce(v_current, -1), s.transaction_id, s.position FROM event_store.events s
           WHERE s.stream_id = p_stream_id AND s.revision = v_current;
        IF NOT FOUND THEN
          RETURN QUERY SELECT -1::bigint, NULL::xid8, NULL::bigint;
        END IF;
        RETURN;
      END IF;

      RETURN QUERY
        WITH inserted AS (
          INSERT INTO event_store.events (stream_id, revision, event_id, type, data, metadata)
          SELECT p_stream_id, coalesce(v_current, -1) + i.ord, (i.e->>'eventId')::uuid, i.e->>'type',
                 coalesce(i.e->'data', 'null'::jsonb), coalesce(i.e->'metadata', '{}'::jsonb)
            FROM jsonb_array_elements(p_events) WITH ORDINALITY AS i(e, ord)
           ORDER BY i.ord
          RETURNING event_store.events.revision, event_store.events.transaction_id, event_store.events.position
        )
        SELECT ins.revision, ins.transaction_id, ins.position FROM inserted ins ORDER BY ins.revision DESC LIMIT 1;
      PERFORM pg_notify('event_store', '');
    END;
    $fn$;
  `);
};

exports.down = (pgm) => {
  pgm.sql('DROP FUNCTION IF EXISTS event_store.append_events(text, bigint, jsonb)');
  pgm.sql('DROP TABLE IF EXISTS event_store.events');
};
