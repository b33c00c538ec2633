// class-transformer keeps its @Type metadata here and ships no declaration for the path (@nestjs/swagger reads it too).
declare module 'class-transformer/cjs/storage' {
  export const defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
}
