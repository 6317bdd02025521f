"""Scale-out: the per-article stage as shard files any scheduler can run, and a Dask engine adapter."""
