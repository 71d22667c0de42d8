"""User rules, the alerts they raise, and the sinks that deliver them.

``rules`` decides (pure); ``engine`` runs the events-and-alerts step of a cycle
against the store; ``outbox`` and ``sinks`` deliver, exactly once per sink.
"""
