// pouchdb-server loads this only for --sqlite, which the tests never use (see package.json's "overrides").
throw new Error('pouchdb-server --sqlite is not installed here: the tests run it --in-memory');
