"""Scrapy commands of this project (COMMANDS_MODULE): `scrapy crawl` as
`python -m crawler crawl` behaves where the two must agree."""
