// Finance's server-only parts: the CSV reader, kept out of core's index (the workflow bundle imports it).
export * from './bank-csv';
