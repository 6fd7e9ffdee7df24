// Russian text of the materials feature.
export const materialMessages = {
  sectionTitle: 'Методические материалы',
  loading: 'Загружаем материалы…',
  none: 'Материалы к практике пока не приложены.',
  download: 'Скачать',
  formatAndSize: (format: string, size: string) => `${format}, ${size}`,
  editorTitle: 'Материалы',
  editorIntro:
    'Приложите методические пособия, программы, презентации, формы документов и отчёты. Файлы доступны для скачивания на странице опубликованной практики.',
  editorNone: 'Пока ни одного файла.',
  title: 'Название материала',
  titleHint: 'Как его увидят посетители: «Методическое пособие для специалистов».',
  kind: 'Тип материала',
  file: 'Файл',
  fileHint:
    'PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP или изображение PNG, JPEG, GIF, WebP; до 25 МБ, до 20 файлов на практику.',
  chooseFile: 'Выберите файл',
  upload: 'Приложить файл',
  uploading: 'Загружаем…',
  uploaded: (name: string) => `Файл «${name}» приложен.`,
  remove: 'Удалить',
  removeLabel: (title: string) => `Удалить материал «${title}»`,
  confirmRemove: (title: string) => `Удалить материал «${title}» из паспорта?`,
  confirmRemoveHint:
    'Сохранённые версии опубликованного паспорта сохранят этот файл; со страницы практики он исчезнет.',
  removed: 'Удалён из паспорта',
  inVersions: (numbers: string) => `В версиях: ${numbers}`,
  readOnly: 'Добавлять и удалять материалы может координатор региона практики.',
  uploadFailed: 'Файл не приложен',
  offline: 'Не удалось связаться с сервером. Проверьте подключение и попробуйте ещё раз.',
  cancel: 'Отмена',
};
