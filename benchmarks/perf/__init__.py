"""The performance harness of issue #6: a local feed farm, our cycles against newsboat and the raw floor."""
