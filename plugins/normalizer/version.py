"""The normalizer's version: part of every cache key.

Bump it with any change that can alter a result (a rule, a threshold, a
lexicon), so that cached results of the old code are never served.
"""

NORMALIZER_VERSION = "2026.11.22.4"
