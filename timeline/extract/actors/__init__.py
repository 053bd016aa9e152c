"""Who acts or speaks: the actor registry and the resolution of phrases in their article."""
